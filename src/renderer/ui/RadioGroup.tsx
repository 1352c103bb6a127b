import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface RadioOption<T> {
  readonly value: T;
  readonly label: ReactNode;
  /** The option's accessible name when its label is not text enough (e.g. "7"). */
  readonly name?: string;
}

interface Props<T> {
  options: readonly RadioOption<T>[];
  value: T | undefined;
  onChange(value: T): void;
  /** The id of the text the group answers (the statement, the item). */
  labelledBy: string;
  className: string;
  optionClassName: string;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * One choice among options, as the WAI-ARIA radio group pattern has it: the group is one
 * Tab stop (the chosen option, or the first while none is), arrow keys move and choose,
 * Home and End jump to the ends, Space chooses the focused option.
 */
export function RadioGroup<T extends string | number>({
  options,
  value,
  onChange,
  labelledBy,
  className,
  optionClassName,
}: Props<T>) {
  const group = useRef<HTMLDivElement>(null);
  const chosenIndex = options.findIndex((o) => o.value === value);
  const tabStop = chosenIndex >= 0 ? chosenIndex : 0;

  function onKeyDown(event: KeyboardEvent, index: number) {
    let next: number | null = null;
    if (NEXT.has(event.key)) next = (index + 1) % options.length;
    else if (PREVIOUS.has(event.key)) next = (index - 1 + options.length) % options.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = options.length - 1;
    if (next === null) return;
    event.preventDefault();
    onChange(options[next]!.value);
    group.current?.querySelectorAll<HTMLElement>('[role="radio"]')[next]?.focus();
  }

  return (
    <div ref={group} className={className} role="radiogroup" aria-labelledby={labelledBy}>
      {options.map((option, index) => {
        const checked = index === chosenIndex;
        return (
          <button
            key={String(option.value)}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={option.name}
            tabIndex={index === tabStop ? 0 : -1}
            className={checked ? `${optionClassName} chosen` : optionClassName}
            onClick={() => onChange(option.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
