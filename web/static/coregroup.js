// Starts GOV.UK Frontend's components. Loaded as a module from every page (no inline script: the
// Content-Security-Policy forbids it).
import { initAll } from './govuk-frontend.min.js'

document.body.classList.add('govuk-frontend-supported')
initAll()
