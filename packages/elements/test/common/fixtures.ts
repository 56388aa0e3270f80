/** Helpers shared by the common element suites. */
export const mount = async <E extends HTMLElement>(markup: string): Promise<E> => {
  const host = document.createElement("div")
  host.innerHTML = markup
  document.body.append(host)
  const el = host.firstElementChild as E
  await settle(el)
  return el
}

/** Waits until the element and every Lit element in its shadow tree have rendered. */
export const settle = async (el: Element): Promise<void> => {
  for (let round = 0; round < 5; round++) {
    const pending: Array<Promise<unknown>> = []
    const visit = (node: Element) => {
      if ("updateComplete" in node)
        pending.push((node as unknown as { updateComplete: Promise<unknown> }).updateComplete)
      for (const child of node.children) visit(child)
      if (node.shadowRoot) for (const child of node.shadowRoot.children) visit(child)
    }
    visit(el)
    await Promise.all(pending)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

export const cleanup = (): void => {
  document.body.replaceChildren()
  document.documentElement.lang = "zh-CN"
}

/** Text of the element's shadow root with whitespace collapsed. */
export const textOf = (el: Element | null | undefined): string =>
  (el?.shadowRoot ?? el)?.textContent?.replace(/\s+/g, " ").trim() ?? ""
