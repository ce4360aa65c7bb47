'use client';
import { useState } from 'react';

interface Props {
  text: string;
  label: string;
  copiedLabel: string;
  failedLabel: string;
  testId?: string;
}

/** Copies `text`; says so in a live region, and how to do it by hand when the browser refuses. */
export function CopyButton({ text, label, copiedLabel, failedLabel, testId }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy-button">
      <button type="button" className="button" onClick={() => void copy()} data-testid={testId}>
        {label}
      </button>
      <span role="status" className="hint" data-state={state}>
        {state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : null}
      </span>
    </span>
  );
}
