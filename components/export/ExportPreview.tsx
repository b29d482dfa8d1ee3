const LIMIT = 30_000;

/**
 * The Markdown as it will be copied, as plain text. Long exports show their start only: laying out megabytes
 * of text would stall the dialog, and copy and download always take the whole export.
 */
export function ExportPreview({ markdown, sessions }: { markdown: string; sessions: number }) {
  const cut = markdown.length > LIMIT;
  return (
    <section class="tm-export-preview" aria-label="Preview">
      <p class="tm-hint">
        {sessions} {sessions === 1 ? 'session' : 'sessions'} · {markdown.length.toLocaleString('en')} characters
        {cut && ` · showing the first ${LIMIT.toLocaleString('en')}; copy and download take all of it`}
      </p>
      <pre tabIndex={0} aria-label="Markdown preview">
        {cut ? `${markdown.slice(0, LIMIT)}\n…` : markdown}
      </pre>
    </section>
  );
}
