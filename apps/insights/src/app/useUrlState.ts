import { useCallback, useEffect, useState } from 'react';

/**
 * The query string as React state: filters and the current view live in the URL, so a planner
 * can bookmark a view or send a colleague the same dashboard (the data itself stays local).
 */
export function useUrlState(): [string, (search: string) => void] {
  const [search, setSearch] = useState(() => location.search);
  useEffect(() => {
    const onPop = () => setSearch(location.search);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((next: string) => {
    history.pushState(null, '', `${location.pathname}${next}${location.hash}`);
    setSearch(next);
  }, []);
  return [search, update];
}
