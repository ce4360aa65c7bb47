'use client';

/** Opens the browser's print dialog; the page's print stylesheet turns it into the report. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" onClick={() => window.print()} data-testid="print-report">
      {label}
    </button>
  );
}
