import "../../src/define/fd-file-field.js"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import type { FdFileField } from "../../src/fields/fd-file-field.js"
import { cleanup, controlOf, describeFormControl, messageOf, mountInForm } from "./control-suite.js"

const pdf = (name: string, bytes: number): File =>
  new File([new Uint8Array(bytes)], name, { type: "application/pdf" })

/** Chooses files the way the picker does: set them on the input and fire `change`. */
const choose = async (element: FdFileField, files: Array<File>): Promise<void> => {
  const input = controlOf(element) as HTMLInputElement
  const data = new DataTransfer()
  for (const file of files) data.items.add(file)
  input.files = data.files
  input.dispatchEvent(new Event("input", { bubbles: true, composed: true }))
  input.dispatchEvent(new Event("change", { bubbles: true }))
  await element.updateComplete
}

const restored = new FormData()
restored.append("answer", pdf("cv.pdf", 10))

describeFormControl("fd-file-field", {
  tag: "fd-file-field",
  fill: async (element) => choose(element as FdFileField, [pdf("cv.pdf", 10)]),
  submitted: (data) => expect(data.map((f) => (f as File).name)).toEqual(["cv.pdf"]),
  restore: { state: restored, submitted: ["[object File]"] }
})

describe("fd-file-field", () => {
  afterEach(cleanup)

  const limited = (lang: string) =>
    mountInForm("fd-file-field", {
      lang,
      setup: (e) => {
        const field = e as FdFileField
        field.accept = [".pdf", "image/*"]
        field.maxBytes = 1024
        field.multiple = true
      }
    })

  it("refuses a file of a type it does not accept, naming the file and the allowed types", async () => {
    const { element, form } = await limited("en")
    await choose(element as FdFileField, [new File(["x"], "virus.exe", { type: "application/x-msdownload" })])
    expect(messageOf(element)).toBe("“virus.exe” is not an allowed file type; allowed: .pdf, image/*")
    expect(new FormData(form).getAll("answer")).toEqual([])
    expect(element.checkValidity()).toBe(false)
    expect((await axe.run(element)).violations).toEqual([])
  })

  it("refuses a file over the size limit and keeps the ones within it", async () => {
    const { element, form } = await limited("zh-CN")
    await choose(element as FdFileField, [pdf("small.pdf", 100), pdf("big.pdf", 2048)])
    expect(messageOf(element)).toBe("「big.pdf」超过 1 KB 的大小限制")
    expect(new FormData(form).getAll("answer").map((f) => (f as File).name)).toEqual(["small.pdf"])
    expect(((controlOf(element) as HTMLInputElement).files ?? []).length).toBe(1)
  })

  it("lists every refused file at once", async () => {
    const { element } = await limited("en")
    await choose(element as FdFileField, [
      pdf("big.pdf", 4096),
      new File(["x"], "a.txt", { type: "text/plain" })
    ])
    const lines = Array.from(element.shadowRoot!.querySelectorAll("[part=error] div")).map(
      (d) => d.textContent
    )
    expect(lines).toEqual([
      "“big.pdf” is larger than the 1 KB limit",
      "“a.txt” is not an allowed file type; allowed: .pdf, image/*"
    ])
  })
})
