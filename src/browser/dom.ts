/** The two DOM helpers the search scripts share. */

/** The element `selector` finds inside `within`; the markup the page was built with guarantees it, so a miss is a bug worth an error. */
export function requiredElement<T extends Element>(within: ParentNode, selector: string): T {
  const found = within.querySelector<T>(selector);
  if (!found) throw new Error(`search: ${selector} is missing from the page`);
  return found;
}

/** A new element with a class and children; text children are added as text, never parsed as HTML. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}
