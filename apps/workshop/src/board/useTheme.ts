import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { type Session, saveSession } from '../session/session';

/**
 * The workshop's theme for the board's title: the remembered one at once (works offline), then
 * the server's, remembered for next time.
 */
export function useTheme(session: Session): string | undefined {
  const [theme, setTheme] = useState(session.theme);
  useEffect(() => {
    let live = true;
    api.workshop(session.workshopId, session.token).then(
      ({ workshop }) => {
        if (!live || !workshop?.theme) return;
        setTheme(workshop.theme);
        if (workshop.theme !== session.theme) saveSession({ ...session, theme: workshop.theme });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [session]);
  return theme;
}
