// A toggle whose content is built when it is first opened: a province's preview has a toggle on every row, and the
// officer opens a few.
import { useState, type ReactNode } from 'react';

export function Toggle({ summary, testId, className, children }: { summary: ReactNode; testId?: string; className?: string; children: () => ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} data-testid={testId} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}

/* Made for: the preview's many details (a row's figures, what it would take, the unit list, which units a note is about) drawn only once the officer opens one. */
