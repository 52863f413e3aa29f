// The directive register and editor as the renderer tests draw them: in Vietnamese, with
// callbacks that do nothing and no row selected unless a test passes its own. Each test then
// names only what it is about (the rows, a sort, an edit), and a new required prop of either
// component is given here once instead of in every file that draws it.
import type { ComponentProps } from 'react';
import { DirectiveEditor } from '../../../renderer/features/directives/components/DirectiveEditor';
import { DirectiveTable } from '../../../renderer/features/directives/components/DirectiveTable';
import { I18nProvider } from '../../../renderer/i18n';

const nop = () => {};

type TableProps = ComponentProps<typeof DirectiveTable>;

/** The register showing `items` on the day `today`. */
export function directiveTable(props: Pick<TableProps, 'items' | 'today'> & Partial<TableProps>) {
  return (
    <I18nProvider language="vi">
      <DirectiveTable
        selectedId={null}
        rowError={null}
        onStatus={nop}
        onAddNote={async () => true}
        onOpen={nop}
        {...props}
      />
    </I18nProvider>
  );
}

type EditorProps = ComponentProps<typeof DirectiveEditor>;

/** The editor of a new, untouched `draft` on the day `today`, with no meetings to link. */
export function directiveEditor(
  props: Pick<EditorProps, 'draft' | 'today'> & Partial<EditorProps>,
) {
  return (
    <I18nProvider language="vi">
      <DirectiveEditor
        isNew
        dirty={false}
        saving={false}
        saved={false}
        error={null}
        fieldErrors={{}}
        meetings={[]}
        onEdit={nop}
        onSave={nop}
        onDelete={nop}
        onClose={nop}
        onReload={nop}
        {...props}
      />
    </I18nProvider>
  );
}
