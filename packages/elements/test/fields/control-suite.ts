/**
 * What every Frontdesk form control must do, run by each control's own test file: labelled,
 * valid and invalid as ElementInternals reports it, messages inline in the page's language and
 * never the browser's bubble, reset, disabled by a fieldset, and state restore.
 */
import axe from "axe-core"
import { afterEach, describe, expect, it, vi } from "vitest"
import type { FieldElement } from "../../src/fields/field-element.js"

export interface ControlCase {
  /** Tag under which the control is defined. */
  readonly tag: string
  /** Extra setup after creation, e.g. options. */
  readonly setup?: (element: FieldElement) => void
  /** Fills a valid value the way a user would. */
  readonly fill: (element: FieldElement) => Promise<void>
  /** `FormData.getAll(name)` after `fill`. */
  readonly submitted: (data: Array<FormDataEntryValue>) => void
  /** A state to hand to `formStateRestoreCallback` and what it must give. */
  readonly restore: { readonly state: string | FormData; readonly submitted: Array<string> }
}

let containers: Array<HTMLElement> = []

/** A form in a container with the given `lang`, holding one required control. */
export const mountInForm = async (
  tag: string,
  options: { lang?: string; setup?: (element: FieldElement) => void; fieldset?: boolean } = {}
): Promise<{ form: HTMLFormElement; element: FieldElement; fieldset: HTMLFieldSetElement }> => {
  const container = document.createElement("div")
  container.lang = options.lang ?? "zh-CN"
  container.innerHTML = `<form><fieldset><${tag} name="answer" label="Answer" hint="Say it" required></${tag}></fieldset><button>Go</button></form>`
  document.body.append(container)
  containers.push(container)
  // A real submit would navigate the test page away.
  container.querySelector("form")!.addEventListener("submit", (event) => event.preventDefault())
  const element = container.querySelector(tag) as FieldElement
  options.setup?.(element)
  await element.updateComplete
  return {
    form: container.querySelector("form")!,
    element,
    fieldset: container.querySelector("fieldset")!
  }
}

export const cleanup = (): void => {
  for (const container of containers) container.remove()
  containers = []
}

/** The inner element carrying the control id. */
export const controlOf = (element: FieldElement): HTMLElement =>
  element.shadowRoot!.querySelector<HTMLElement>("#control")!

export const messageOf = (element: FieldElement): string =>
  element.shadowRoot!.querySelector("[part=error]")!.textContent!.trim()

export const describeFormControl = (name: string, control: ControlCase): void => {
  describe(`${name} as a form control`, () => {
    afterEach(cleanup)

    it("showing a message does not move what follows, so a click that causes it lands where aimed", async () => {
      const { element, form } = await mountInForm(control.tag, control.setup ? { setup: control.setup } : {})
      const button = form.querySelector("button")!
      const before = button.getBoundingClientRect().top
      form.requestSubmit()
      await element.updateComplete
      expect(messageOf(element)).not.toBe("")
      expect(button.getBoundingClientRect().top).toBe(before)
    })

    it("has no accessibility violations, before and after showing a message", async () => {
      const { element, form } = await mountInForm(control.tag, control.setup ? { setup: control.setup } : {})
      expect((await axe.run(element)).violations).toEqual([])
      form.requestSubmit()
      await element.updateComplete
      expect(messageOf(element)).not.toBe("")
      expect((await axe.run(element)).violations).toEqual([])
    })

    it("ties a visible label to its inner control and describes it by hint and message", async () => {
      const { element } = await mountInForm(control.tag, control.setup ? { setup: control.setup } : {})
      const root = element.shadowRoot!
      const label = root.querySelector("[part=label]")!
      expect(label.textContent).toContain("Answer")
      const inner = controlOf(element)
      if (label.tagName === "LABEL") expect((inner as HTMLInputElement).labels?.[0]).toBe(label)
      else expect(label.tagName).toBe("LEGEND")
      const describedBy = (inner.getAttribute("aria-describedby") ??
        inner.closest("fieldset")?.getAttribute("aria-describedby"))!
      expect(describedBy.split(" ")).toEqual(["hint", "error"])
      expect(root.getElementById("hint")!.textContent).toContain("Say it")
    })

    it("is invalid while required and empty, with the message in the page's language and no native constraint", async () => {
      const { element } = await mountInForm(control.tag, control.setup ? { setup: control.setup } : {})
      expect(element.checkValidity()).toBe(false)
      expect(element.validity.valueMissing).toBe(true)
      expect(element.validationMessage).toBe("此项必填")
      for (const inner of element.shadowRoot!.querySelectorAll("input, select, textarea")) {
        expect(inner.hasAttribute("required")).toBe(false)
        expect(inner.hasAttribute("pattern")).toBe(false)
      }
      element.closest("div")!.lang = "en"
      await new Promise((resolve) => setTimeout(resolve))
      await element.updateComplete
      expect(element.validationMessage).toBe("This field is required")
    })

    it("shows nothing before interaction, then shows the message inline on submit and blocks it", async () => {
      const { element, form } = await mountInForm(control.tag, control.setup ? { setup: control.setup } : {})
      let submitted = false
      form.addEventListener("submit", (event) => {
        event.preventDefault()
        submitted = true
      })
      expect(messageOf(element)).toBe("")
      expect(element.matches(":state(user-invalid)")).toBe(false)
      form.requestSubmit()
      await element.updateComplete
      expect(submitted).toBe(false)
      expect(messageOf(element)).toBe("此项必填")
      expect(element.matches(":state(user-invalid)")).toBe(true)
      expect(controlOf(element).getAttribute("aria-invalid")).toBe("true")
      expect(element.shadowRoot!.activeElement ?? document.activeElement).not.toBeNull()
    })

    it("validates when focus leaves it", async () => {
      const { element } = await mountInForm(control.tag, control.setup ? { setup: control.setup } : {})
      // Focus without a click (clicking a checkbox would fill it), then leave without submitting.
      controlOf(element).focus()
      controlOf(element).blur()
      await element.updateComplete
      expect(messageOf(element)).toBe("此项必填")
    })

    it("submits its value once filled and clears its message", async () => {
      const { element, form } = await mountInForm(control.tag, control.setup ? { setup: control.setup } : {})
      form.requestSubmit()
      await control.fill(element)
      await element.updateComplete
      expect(element.checkValidity()).toBe(true)
      expect(messageOf(element)).toBe("")
      expect(element.matches(":state(user-invalid)")).toBe(false)
      control.submitted(new FormData(form).getAll("answer"))
    })

    it("returns to its initial value and hides its message on form reset", async () => {
      const { element, form } = await mountInForm(control.tag, control.setup ? { setup: control.setup } : {})
      await control.fill(element)
      form.requestSubmit()
      form.reset()
      await element.updateComplete
      expect(new FormData(form).getAll("answer")).toEqual([])
      expect(element.checkValidity()).toBe(false)
      expect(messageOf(element)).toBe("")
    })

    it("is disabled by a disabled fieldset and then leaves the form's data and validation", async () => {
      const { element, form, fieldset } = await mountInForm(
        control.tag,
        control.setup ? { setup: control.setup } : {}
      )
      await control.fill(element)
      fieldset.disabled = true
      await element.updateComplete
      expect((controlOf(element) as HTMLInputElement).disabled).toBe(true)
      expect(new FormData(form).getAll("answer")).toEqual([])
      fieldset.disabled = false
      await element.updateComplete
      expect((controlOf(element) as HTMLInputElement).disabled).toBe(false)
      expect(new FormData(form).getAll("answer").length).toBeGreaterThan(0)
    })

    it("has no accessibility violations with its message shown in English", async () => {
      const { element, form } = await mountInForm(control.tag, {
        lang: "en",
        ...(control.setup ? { setup: control.setup } : {})
      })
      form.requestSubmit()
      await element.updateComplete
      expect(messageOf(element)).toBe("This field is required")
      expect((await axe.run(element)).violations).toEqual([])
    })

    it("comes back as it was after back/forward, from the state it gave the browser", async () => {
      // The browser hands formStateRestoreCallback the `state` of the last setFormValue (or the
      // value when no state was given); capture it as the browser would keep it.
      const setFormValue = vi.spyOn(ElementInternals.prototype, "setFormValue")
      try {
        const first = await mountInForm(control.tag, control.setup ? { setup: control.setup } : {})
        await control.fill(first.element)
        await first.element.updateComplete
        const call = setFormValue.mock.calls.at(-1)!
        const saved = call.length > 1 ? call[1] : call[0]
        const before = new FormData(first.form).getAll("answer").map(String)
        cleanup()
        const second = await mountInForm(control.tag, control.setup ? { setup: control.setup } : {})
        ;(
          second.element as unknown as { formStateRestoreCallback(s: unknown, m: string): void }
        ).formStateRestoreCallback(saved, "restore")
        await second.element.updateComplete
        expect(new FormData(second.form).getAll("answer").map(String)).toEqual(before)
      } finally {
        setFormValue.mockRestore()
      }
    })

    it("takes back a restored state", async () => {
      const { element, form } = await mountInForm(control.tag, control.setup ? { setup: control.setup } : {})
      ;(element as unknown as { formStateRestoreCallback(s: unknown): void }).formStateRestoreCallback(
        control.restore.state
      )
      await element.updateComplete
      expect(new FormData(form).getAll("answer").map(String)).toEqual(control.restore.submitted)
    })
  })
}
