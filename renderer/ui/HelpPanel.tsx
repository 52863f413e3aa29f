// Every command with its shortcuts, read from the same list the keyboard handler uses.
import { useT } from '../i18n';
import { Dialog } from './Dialog';
import { ColumnHeads } from './ColumnHeads';
import { Button } from './Button';

export interface HelpEntry {
  id: string;
  label: string;
  shortcuts: string[];
}

export function HelpPanel({
  open,
  entries,
  onClose,
}: {
  open: boolean;
  entries: HelpEntry[];
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Dialog
      open={open}
      title={t('help.title')}
      onClose={onClose}
      className="dialog--help"
      testId="help-panel"
    >
      <table className="data-table">
        <ColumnHeads labels={[t('help.command'), t('help.keys')]} />
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{e.label}</td>
              <td>
                {e.shortcuts.map((s, i) => (
                  <span key={s}>
                    {i > 0 && <span className="muted"> {t('help.or')} </span>}
                    <kbd>{s}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('help.searchTip')}</p>
      <div className="form-actions form-actions--end">
        <Button look="primary" onClick={onClose} autoFocus>
          {t('common.close')}
        </Button>
      </div>
    </Dialog>
  );
}
