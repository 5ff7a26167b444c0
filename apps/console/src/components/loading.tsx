/** A loading notice that screen readers announce politely. */
export function Loading({ what }: { readonly what: string }) {
  return (
    <p role="status" className="muted">
      Loading {what}…
    </p>
  );
}
