/**
 * The catalogue is assembled from one section per area, so each area owns its texts while
 * `Messages.Code` stays one closed union that catches typos at compile time.
 */
import { calendar } from "./calendar.js"
import { elementsCommon } from "./elements-common.js"
import { elementsForm } from "./elements-form.js"
import { field } from "./field.js"
import { kernel } from "./kernel.js"
import { storage } from "./storage.js"
import { workflow } from "./workflow.js"

export const catalogue = {
  ...kernel,
  ...calendar,
  ...elementsCommon,
  ...elementsForm,
  ...field,
  ...storage,
  ...workflow
} as const
