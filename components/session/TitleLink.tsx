/** A session's title as text, linked to its page when there is one (http(s) only: schemas refuse other links). */
export function TitleLink({ title, url }: { title: string; url: string | undefined }) {
  return url ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    <span>{title}</span>
  );
}
