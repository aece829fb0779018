import type { ReactNode } from 'react';

/** Props of LaneHeader: the lane's name, colour and how many notes it holds. */
export interface LaneHeaderProps {
  name: string;
  colour: string;
  count?: number;
  /** Heading level, so the board's outline reads right in a screen reader's heading list. */
  level?: 2 | 3;
  id?: string;
  children?: ReactNode;
}

/**
 * The coloured head of a role lane (市民, 地域団体等, 市, 社協): the colour comes from the plan so
 * cities can change lanes; the name is always written out because colour alone is not enough.
 */
export function LaneHeader({ name, colour, count, level = 2, id, children }: LaneHeaderProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Heading id={id} className="lane-header" style={{ '--lane-colour': colour } as Record<string, string>}>
      <span>{name}</span>
      {children}
      {count === undefined ? null : <span className="lane-header__count">{count}</span>}
    </Heading>
  );
}
