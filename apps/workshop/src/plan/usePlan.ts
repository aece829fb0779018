import { DEFAULT_PLAN, type Plan } from '@chiiki/model';
import { useEffect, useState } from 'react';
import { api } from '../api/client';

/**
 * The city's plan from `/api/plan`, starting from the sample plan so the screen renders at
 * once; `failed` says the server's plan could not be read.
 */
export function usePlan(): { plan: Plan; failed: boolean } {
  const [state, setState] = useState<{ plan: Plan; failed: boolean }>({ plan: DEFAULT_PLAN, failed: false });
  useEffect(() => {
    let live = true;
    api.plan().then(
      (plan) => live && setState({ plan, failed: false }),
      () => live && setState({ plan: DEFAULT_PLAN, failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
