// The Decree 30 header of a brief (document-format.md §1.2), every component of briefHeader, in
// fieldsets (header/): who issues it and its number and symbol, the document itself, the
// signature with Nơi nhận, and the marks. Every control carries its path in data-field so a
// problem of the check can take the user to it.
import { DocumentFields } from './header/DocumentFields';
import type { FieldsetProps } from './header/HeaderText';
import { IssuerFields, NumberSymbolFields } from './header/IssuerFields';
import { MarksFields } from './header/MarksFields';
import { SignatureFields } from './header/SignatureFields';

export { AUTHORITY_TEXT } from './header/SignerFields';

export function HeaderForm(props: FieldsetProps) {
  const { form } = props.header;
  return (
    <form
      className="brief-header-form"
      data-testid="brief-header-form"
      onSubmit={(e) => e.preventDefault()}
    >
      <IssuerFields {...props} />
      {/* An internal document has neither number nor signature block. */}
      {form !== 'internal' && <NumberSymbolFields {...props} />}
      <DocumentFields {...props} />
      {form !== 'internal' && <SignatureFields {...props} />}
      <MarksFields {...props} />
    </form>
  );
}
