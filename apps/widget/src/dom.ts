/** Builds DOM elements from a tag, attributes and children. Strings become text nodes: nothing here parses HTML. */

export type Child = Node | string | null | undefined | false;
export type Attributes = Readonly<Record<string, string | boolean | undefined>>;

export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Replaces everything inside `node` with `children`. */
export function replaceChildren(node: Element, ...children: (Node | string)[]): void {
  while (node.firstChild) node.firstChild.remove();
  node.append(...children);
}
