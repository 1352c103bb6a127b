import { useState, type InputHTMLAttributes } from 'react';
import { DATE_EXAMPLE, parseTypedDate, showDate } from './dates';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** "YYYY-MM-DD", or '' for no date. */
  value: string;
  /** The date typed, as "YYYY-MM-DD"; '' when cleared; null while what is typed is not a date. */
  onChange(isoDate: string | null): void;
};

/**
 * A date field that reads and writes dates as the rest of the app shows them
 * ("1 Dec 2026"), whatever the computer's regional settings, instead of the browser's
 * mm/dd/yyyy.
 */
export function DateInput({ value, onChange, onBlur, ...rest }: Props) {
  const [text, setText] = useState(() => showDate(value));
  const [shown, setShown] = useState(value);
  // A value set from outside (a reset after saving, another item loaded) replaces the text.
  if (value !== shown) {
    setShown(value);
    if (value !== (parseTypedDate(text) ?? '')) setText(showDate(value));
  }
  return (
    <input
      {...rest}
      type="text"
      inputMode="text"
      autoComplete="off"
      placeholder={rest.placeholder ?? `e.g. ${DATE_EXAMPLE}`}
      value={text}
      onChange={(event) => {
        const typed = event.target.value;
        setText(typed);
        const parsed = typed.trim() === '' ? '' : parseTypedDate(typed);
        if (parsed !== null) setShown(parsed);
        onChange(parsed);
      }}
      onBlur={(event) => {
        const parsed = parseTypedDate(text);
        if (parsed) setText(showDate(parsed));
        onBlur?.(event);
      }}
    />
  );
}
