// A list of ticks over a set of items, each adding or removing its item's id from the chosen
// list. Pickers such as the exchange's recipients, briefs, renderings and meetings each wrote
// the same map of Checkboxes with the same toggle; here it is written once.
import type { ReactNode } from 'react';
import { Checkbox } from './Checkbox';

/** The list with `id` added, or without it when it was there; the order of choice is kept. */
export const toggled = <Id extends string>(list: readonly Id[], id: Id): Id[] =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

interface Props<T, Id extends string> {
  items: readonly T[];
  idOf: (item: T) => Id;
  /** React's key, where the id is not unique enough (defaults to the id). */
  keyOf?: (item: T) => string;
  chosen: readonly Id[];
  onChange: (chosen: Id[]) => void;
  /** One test id for every tick, or one per item. */
  testId: string | ((id: Id) => string);
  /** The words beside an item's box. */
  children: (item: T) => ReactNode;
}

export function TickList<T, Id extends string>({
  items,
  idOf,
  keyOf = idOf,
  chosen,
  onChange,
  testId,
  children,
}: Props<T, Id>) {
  return (
    <>
      {items.map((item) => {
        const id = idOf(item);
        return (
          <Checkbox
            key={keyOf(item)}
            checked={chosen.includes(id)}
            onChange={() => onChange(toggled(chosen, id))}
            testId={typeof testId === 'string' ? testId : testId(id)}
          >
            {children(item)}
          </Checkbox>
        );
      })}
    </>
  );
}
