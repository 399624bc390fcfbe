import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  body?: ReactNode;
  action?: ReactNode;
  /** Heading level that keeps the page outline in order (default h2). */
  level?: 2 | 3;
}

/** What a list shows when it has nothing yet: what it is for and how to start. */
export function EmptyState({ title, body, action, level = 2 }: EmptyStateProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      <Heading className="empty-state__title">{title}</Heading>
      {body ? <p className="empty-state__body">{body}</p> : null}
      {action ? <div className="empty-state__action">{action}</div> : null}
    </div>
  );
}
