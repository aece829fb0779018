import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithI18n } from '../testUtils';
import { StatusPill } from './StatusPill';

describe('StatusPill', () => {
  afterEach(cleanup);

  it('names the number of commands waiting to send', () => {
    renderWithI18n(<StatusPill status="waiting" pending={3} />);
    expect(screen.getByText('送信待ち 3 件')).toBeTruthy();
  });
});
