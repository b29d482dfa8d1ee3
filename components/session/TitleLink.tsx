import type { ComponentChildren } from 'preact';

/** A session's title as text, linked to its page when there is one (http(s) only: schemas refuse other links). */
export function TitleLink({ title, url, children = title }: { title: string; url: string | undefined; children?: ComponentChildren }) {
  return url ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <span>{children}</span>
  );
}
