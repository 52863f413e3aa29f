// One of a few ways to do a thing, as radio buttons under a legend (how a figure is written,
// which form the directives take). Each button is named `${name}-${value}` for tests.
import { Fragment } from 'react';

interface Props<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

export function RadioChoice<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: Props<T>) {
  return (
    <fieldset className="field">
      <legend className="field__label">{legend}</legend>
      {options.map((o, i) => (
        <Fragment key={o.value}>
          {i > 0 && ' '}
          <label>
            <input
              type="radio"
              name={name}
              data-testid={`${name}-${o.value}`}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />{' '}
            {o.label}
          </label>
        </Fragment>
      ))}
    </fieldset>
  );
}
