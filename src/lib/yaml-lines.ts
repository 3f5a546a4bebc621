import { isMap, isSeq, LineCounter, type Document, type Node, type Pair } from 'yaml';

/** Maps a path in a parsed YAML document to the line where it is written. */
export class YamlLocator {
  readonly #doc: Document;
  readonly #lines: LineCounter;
  /** Line of the document's first line in its file (front matter starts below `---`). */
  readonly #offset: number;

  constructor(doc: Document, lines: LineCounter, firstLine = 1) {
    this.#doc = doc;
    this.#lines = lines;
    this.#offset = firstLine - 1;
  }

  /** 1-based line of a character offset in the YAML text. */
  lineAt(offset: number): number {
    return this.#lines.linePos(offset).line + this.#offset;
  }

  /** Line of the node at a path, falling back to its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number {
    for (let n = path.length; n >= 0; n--) {
      const node = this.#doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
      if (node?.range) return this.lineAt(node.range[0]);
    }
    return this.#offset + 1;
  }

  /** Line of a key inside the mapping at a path (for "unknown key" messages). */
  lineOfKey(path: readonly PropertyKey[], key: string): number {
    const node = path.length === 0 ? this.#doc.contents : this.#doc.getIn(path as unknown[], true);
    if (isMap(node)) {
      const pair = node.items.find((item: Pair) => keyText(item.key) === key);
      const range = (pair?.key as Node | undefined)?.range;
      if (range) return this.lineAt(range[0]);
    }
    return this.lineOf(path);
  }

  /** Whether the node at a path is a list (used to word messages). */
  isList(path: readonly PropertyKey[]): boolean {
    return isSeq(this.#doc.getIn(path as unknown[], true));
  }
}

function keyText(key: unknown): string | undefined {
  if (key && typeof key === 'object' && 'value' in key)
    return String((key as { value: unknown }).value);
  return typeof key === 'string' ? key : undefined;
}
