import { Transform } from 'class-transformer';

/** `a,b` or `?x=a&x=b`: either way a list, so links stay short and forms stay simple. */
export const ListParam = () =>
  Transform(({ value }) =>
    value === undefined || value === ''
      ? undefined
      : (Array.isArray(value) ? value : [value])
          .flatMap((v) => String(v).split(','))
          .map((v) => v.trim())
          .filter(Boolean),
  );
