import type { HTMLAttributes, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of NoteCard: the note's words and how to show whose it is and whether it is sent. */
export interface NoteCardProps extends HTMLAttributes<HTMLElement> {
  text: string;
  /** The lane's colour, shown as the card's left edge so a card's lane is visible at a glance. */
  laneColour?: string;
  /** Written by the person holding this tablet: only these show edit tools to a participant. */
  mine?: boolean;
  /** Still in the outbox, not yet accepted by the server. */
  pending?: boolean;
  /** Who wrote it, when the facilitator chooses to show names. */
  author?: string;
  /** Id for the text, so tool buttons can point at it with aria-describedby. */
  textId?: string;
  /** Chips and controls shown under the text, above the tools (goal tags, dots, vote counts). */
  footer?: ReactNode;
  /** Buttons for edit, move, delete; rendered under the text. */
  actions?: ReactNode;
  ref?: Ref<HTMLElement>;
}

/**
 * One sticky-note idea as an `<article>`: large readable text, the lane colour as an edge,
 * and words (not only colour) for "yours" and "waiting to send", shared by board, projector
 * and insights. A plain card uses no hooks, so a 500-card board renders fast.
 */
export function NoteCard({
  text,
  textId,
  laneColour,
  mine,
  pending,
  author,
  footer,
  actions,
  className,
  style,
  ...rest
}: NoteCardProps) {
  const classes = ['note', pending ? 'note--pending' : '', className ?? ''].filter(Boolean).join(' ');
  const colourStyle = laneColour ? ({ '--lane-colour': laneColour } as Record<string, string>) : {};
  return (
    <article className={classes} style={{ ...colourStyle, ...style }} {...rest}>
      <p id={textId} className="note__text" style={{ margin: 0 }}>
        {text}
      </p>
      {mine || pending || author ? <NoteMeta mine={mine} pending={pending} author={author} /> : null}
      {footer ? <div className="note__footer">{footer}</div> : null}
      {actions ? <div className="note__actions">{actions}</div> : null}
    </article>
  );
}

/** The "yours" / "waiting" line; a separate component so cards without it subscribe to nothing. */
function NoteMeta({ mine, pending, author }: Pick<NoteCardProps, 'mine' | 'pending' | 'author'>) {
  const { t } = useTranslation('ui');
  return (
    <p className="note__meta">
      {author ? <span>{author}</span> : null}
      {mine ? <span className="note__tag">{t('note.mine')}</span> : null}
      {pending ? <span className="note__tag note__tag--pending">{t('note.pending')}</span> : null}
    </p>
  );
}
