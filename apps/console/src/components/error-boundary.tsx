/** Catches a page's rendering failure and shows a plain message instead of a stack trace or a blank screen. */
import { Component, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="error">
        <p>This page could not be shown. Reload the page to try again; if it keeps happening, tell your administrator.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
