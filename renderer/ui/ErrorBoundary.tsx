// The last line of defence: a rendering failure shows a calm bilingual message and a reload
// button instead of a blank window or a stack trace. Saved data is in the vault, untouched.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For the developer console only; the user never sees exception text.
    console.error('Briefing Desk: rendering failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="fatal" role="alert" data-testid="fatal-error">
        <h1>Đã xảy ra lỗi hiển thị</h1>
        <p>
          Dữ liệu đã lưu trong kho không bị ảnh hưởng. Hãy tải lại cửa sổ; những thay đổi chưa lưu
          có thể bị mất.
        </p>
        <p className="error-message__other" lang="en">
          Something went wrong while drawing the window. Data saved in the vault is not affected.
          Reload the window; unsaved changes may be lost.
        </p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.location.reload()}
        >
          Tải lại / Reload
        </button>
      </div>
    );
  }
}
