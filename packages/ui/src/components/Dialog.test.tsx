import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithI18n } from '../testUtils';
import { Dialog } from './Dialog';

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        開く
      </button>
      <Dialog open={open} title="メモを書く" onClose={() => setOpen(false)}>
        <textarea aria-label="メモ" data-autofocus />
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  afterEach(cleanup);

  it('opens labelled by its title, focuses the marked field, closes and returns focus', () => {
    renderWithI18n(<Harness />);
    const opener = screen.getByRole('button', { name: '開く' });
    opener.focus();
    act(() => opener.click());
    const dialog = screen.getByRole('dialog', { name: 'メモを書く' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'メモ' }));
    act(() => screen.getByRole('button', { name: '閉じる' }).click());
    expect((dialog as HTMLDialogElement).open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('stays open on an Escape that cancels an IME conversion', async () => {
    renderWithI18n(<Harness />);
    act(() => screen.getByRole('button', { name: '開く' }).click());
    const dialog = screen.getByRole('dialog') as HTMLDialogElement;
    const field = screen.getByRole('textbox', { name: 'メモ' });
    act(() => {
      fireEvent.compositionStart(field);
      fireEvent(dialog, new Event('cancel', { cancelable: true }));
    });
    expect(dialog.open).toBe(true);
    act(() => {
      fireEvent.compositionEnd(field);
      fireEvent(dialog, new Event('cancel', { cancelable: true }));
    });
    expect(dialog.open).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    act(() => {
      fireEvent(dialog, new Event('cancel', { cancelable: true }));
    });
    expect(dialog.open).toBe(false);
  });

  it('closes on Escape (the cancel event)', () => {
    renderWithI18n(<Harness />);
    act(() => screen.getByRole('button', { name: '開く' }).click());
    const dialog = screen.getByRole('dialog') as HTMLDialogElement;
    act(() => {
      fireEvent(dialog, new Event('cancel', { cancelable: true }));
    });
    expect(dialog.open).toBe(false);
  });
});
