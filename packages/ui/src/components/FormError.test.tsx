import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FormError } from './FormError';

describe('FormError', () => {
  afterEach(cleanup);

  it('announces a message as an alert and renders nothing without one', () => {
    const { container, rerender } = render(<FormError>{''}</FormError>);
    expect(container.innerHTML).toBe('');
    rerender(<FormError id="e1">送れませんでした</FormError>);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('送れませんでした');
    expect(alert.id).toBe('e1');
  });
});
