/** A character range in the original text: `text.slice(start, end)`. */
export interface SourceSpan {
  start: number;
  end: number;
}

/**
 * Text after cleaning, each character remembering which range of the original text it
 * came from, so every reading can point back at what the person pasted.
 */
export class MappedText {
  /** Use `builder()`, `identity()` or `slice()`: `starts`/`ends` hold one entry per character. */
  constructor(
    readonly text: string,
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
  ) {}

  /** Text that is its own original (offsets 0..n, shifted by `base`). */
  static identity(text: string, base = 0): MappedText {
    const starts = Array.from({ length: text.length }, (_, i) => base + i);
    return new MappedText(
      text,
      starts,
      starts.map((s) => s + 1),
    );
  }

  static builder(): MappedTextBuilder {
    return new MappedTextBuilder();
  }

  get length(): number {
    return this.text.length;
  }

  slice(start: number, end: number = this.text.length): MappedText {
    const a = Math.max(0, Math.min(start, this.text.length));
    const b = Math.max(a, Math.min(end, this.text.length));
    return new MappedText(this.text.slice(a, b), this.starts.slice(a, b), this.ends.slice(a, b));
  }

  /** The original range behind `[start, end)` of this text. */
  span(start = 0, end: number = this.text.length): SourceSpan {
    if (end <= start || this.text.length === 0) {
      const at = start < this.starts.length ? this.starts[start] : (this.ends.at(-1) ?? 0);
      return { start: at, end: at };
    }
    return { start: this.starts[start], end: this.ends[Math.min(end, this.text.length) - 1] };
  }

  /** Without leading and trailing white space. */
  trim(): MappedText {
    const lead = this.text.length - this.text.trimStart().length;
    const kept = this.text.trim().length;
    return this.slice(lead, lead + kept);
  }

  /** Pieces between matches of `separator` (a global regex). */
  split(separator: RegExp): MappedText[] {
    const out: MappedText[] = [];
    let from = 0;
    for (const m of this.text.matchAll(separator)) {
      out.push(this.slice(from, m.index));
      from = m.index + m[0].length;
    }
    out.push(this.slice(from));
    return out;
  }

  /** Joins pieces with `glue`; the glue maps to the gap between neighbours. */
  static join(pieces: readonly MappedText[], glue: string): MappedText {
    const b = new MappedTextBuilder();
    pieces.forEach((p, i) => {
      if (i > 0 && glue) {
        const at = pieces[i - 1].span().end;
        b.push(glue, at, Math.max(at, p.span().start));
      }
      b.append(p);
    });
    return b.build();
  }

  /** White space runs collapsed to one space, ends trimmed. */
  collapseSpaces(): MappedText {
    const b = new MappedTextBuilder();
    let pendingSpace = false;
    for (let i = 0; i < this.text.length; i++) {
      const c = this.text[i];
      if (/\s/.test(c)) {
        pendingSpace = b.length > 0;
        continue;
      }
      if (pendingSpace) b.push(' ', this.starts[i], this.starts[i]);
      pendingSpace = false;
      b.push(c, this.starts[i], this.ends[i]);
    }
    return b.build();
  }
}

export class MappedTextBuilder {
  private text = '';
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  get length(): number {
    return this.text.length;
  }

  /** Adds `chars`, every one of them standing for original `[start, end)`. */
  push(chars: string, start: number, end: number): this {
    this.text += chars;
    for (let i = 0; i < chars.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    return this;
  }

  append(piece: MappedText): this {
    for (let i = 0; i < piece.length; i++) {
      const s = piece.span(i, i + 1);
      this.push(piece.text[i], s.start, s.end);
    }
    return this;
  }

  build(): MappedText {
    return new MappedText(this.text, this.starts, this.ends);
  }
}
