// The minutes and plan editors (form.cg-editor), made live: each change is checked by the rule
// engine on the server (a POST to the form's data-check, debounced) and each finding is shown
// beside the field its JSON pointer names, in GOV.UK's error style, and taken away once fixed;
// those about no field are listed in an error summary at the top of the form. Changes are saved
// as the user works (a few seconds after the last change, at least every 20 seconds while
// typing, and when the page is hidden or closed), each save naming the version it was based on, this page load's edit token
// and how many of its changes it holds. The server takes a save based on an older version when
// every version since is this page's own, and answers a save holding fewer changes than one it
// stored as saved without writing it; so the last save, sent at once as the page goes, is never
// lost behind one under way. A save after someone else's is refused by the server (409) and said
// so here, and autosave stops. Without this file the form still saves with its Save button.
const form = document.querySelector('form.cg-editor')

if (form) {
  const csrf = form.querySelector('input[name="csrf"]').value
  const version = form.querySelector('input[name="version"]')
  const changeCount = form.querySelector('input[name="edit_changes"]')
  const status = document.getElementById('autosave-status')
  let changes = 0 // changes since the page was opened
  let savedChanges = 0 // of which saved
  let inflight = null
  let stopped = false
  let submitting = false
  let checkTimer = null
  let saveTimer = null
  let firstUnsaved = 0

  const body = () => new FormData(form) // multipart, as the form posts itself: no limit of 8 KB
  const post = (url, keepalive) => fetch(url, {
    method: 'POST',
    body: body(),
    credentials: 'same-origin',
    keepalive: !!keepalive,
    headers: { Accept: 'application/json', 'X-CSRF-Token': csrf }
  })
  const say = text => { status.textContent = text }
  const words = (key, values) => (form.dataset[key] || '').replace(/\{(\w+)\}/g, (m, k) => values && k in values ? values[k] : m)

  // The error classes of a field's control, by element.
  const errorClass = el => ({ TEXTAREA: 'govuk-textarea--error', SELECT: 'govuk-select--error' })[el.tagName] || 'govuk-input--error'

  function clearErrors () {
    for (const message of form.querySelectorAll('.govuk-error-message')) message.remove()
    for (const group of form.querySelectorAll('.govuk-form-group--error')) group.classList.remove('govuk-form-group--error')
    for (const el of form.querySelectorAll('.govuk-input--error, .govuk-textarea--error, .govuk-select--error')) {
      el.classList.remove('govuk-input--error', 'govuk-textarea--error', 'govuk-select--error')
    }
    for (const el of form.querySelectorAll('[aria-describedby]')) {
      const ids = el.getAttribute('aria-describedby').split(' ').filter(id => !id.endsWith('-error'))
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' '))
      else el.removeAttribute('aria-describedby')
    }
  }

  function showError (fieldId, text) {
    const el = document.getElementById(fieldId)
    if (!el || !form.contains(el)) return false
    const group = el.closest('.govuk-form-group')
    if (!group) return false
    group.classList.add('govuk-form-group--error')
    const message = document.createElement('p')
    message.className = 'govuk-error-message'
    message.id = fieldId + '-error'
    const hidden = document.createElement('span')
    hidden.className = 'govuk-visually-hidden'
    hidden.textContent = 'Error: '
    message.append(hidden, text)
    const choices = group.querySelector('.govuk-radios, .govuk-checkboxes')
    const anchor = choices || el
    anchor.parentNode.insertBefore(message, anchor)
    const described = choices ? group.querySelector('fieldset') : el
    if (!choices) el.classList.add(errorClass(el))
    const ids = (described.getAttribute('aria-describedby') || '').split(' ').filter(Boolean)
    ids.push(message.id)
    described.setAttribute('aria-describedby', ids.join(' '))
    return true
  }

  // The error summary the server showed keeps only the problems that are still there.
  function pruneSummary (fields) {
    const summary = document.querySelector('.govuk-error-summary:not(#form-findings)')
    if (!summary) return
    for (const link of summary.querySelectorAll('a[href^="#"]')) {
      if (!fields.has(link.getAttribute('href').slice(1))) link.closest('li').remove()
    }
    if (!summary.querySelector('li')) summary.remove()
  }

  // The errors about no field (a member missing from the attendance, a rule about the whole
  // meeting) in a GOV.UK error summary at the top of the form, as the server shows it after a post.
  // It is announced (role="alert") when it appears; later changes to it are not announced again.
  function showFormFindings (messages) {
    let summary = document.getElementById('form-findings')
    if (!messages.length) {
      if (summary) summary.remove()
      return
    }
    const items = messages.map(text => {
      const li = document.createElement('li')
      li.textContent = text
      return li
    })
    if (summary) {
      const alert = summary.querySelector('[role="alert"]')
      if (alert) alert.removeAttribute('role')
      summary.querySelector('.govuk-error-summary__list').replaceChildren(...items)
      return
    }
    summary = document.createElement('div')
    summary.className = 'govuk-error-summary'
    summary.id = 'form-findings'
    summary.dataset.module = 'govuk-error-summary'
    const alert = document.createElement('div')
    alert.setAttribute('role', 'alert')
    const title = document.createElement('h2')
    title.className = 'govuk-error-summary__title'
    title.textContent = form.dataset.otherFindings
    const body = document.createElement('div')
    body.className = 'govuk-error-summary__body'
    const list = document.createElement('ul')
    list.className = 'govuk-list govuk-error-summary__list'
    list.append(...items)
    body.append(list)
    alert.append(title, body)
    summary.append(alert)
    status.parentNode.insertBefore(summary, status)
  }

  function showFindings (findings) {
    clearErrors()
    const byField = new Map()
    const fieldless = []
    for (const f of findings) {
      if (f.severity !== 'error') continue
      if (!f.field) {
        fieldless.push(f.message)
        continue
      }
      byField.set(f.field, byField.has(f.field) ? byField.get(f.field) + '; ' + f.message : f.message)
    }
    for (const [field, text] of byField) showError(field, text)
    pruneSummary(byField)
    showFormFindings(fieldless)
  }

  async function check () {
    if (stopped) return
    try {
      const res = await post(form.dataset.check)
      if (res.ok) showFindings((await res.json()).findings)
    } catch (e) {
      // Offline: the findings come back with the next check or save.
    }
  }

  function showConflict (answer) {
    stopped = true
    clearTimeout(saveTimer)
    status.textContent = ''
    const strong = document.createElement('strong')
    strong.textContent = answer.title + '. ' + answer.message + ' '
    const link = document.createElement('a')
    link.className = 'govuk-link'
    link.href = answer.reopen
    link.textContent = answer.reopen_text || 'Open the minutes as they are now'
    status.append(strong, link)
    status.classList.add('govuk-error-message')
  }

  // While the page stays, saves go one after another; the last one as it goes is sent at once,
  // since a save waiting for another would never be sent from a page that is gone.
  function save (keepalive) {
    if (stopped || submitting || changes === savedChanges) return inflight
    if (inflight && !keepalive) return inflight.then(() => save(keepalive))
    const upTo = changes
    say(words('saving'))
    const sent = post(form.action, keepalive).then(async res => {
      const answer = await res.json().catch(() => ({}))
      if (res.ok) {
        // Answers may come back out of order: keep the newest.
        if (answer.version > Number(version.value)) version.value = String(answer.version)
        savedChanges = Math.max(savedChanges, upTo)
        if (changes === savedChanges) firstUnsaved = 0
        say(words('saved', { time: new Date().toLocaleTimeString('en-GB') }))
      } else if (res.status === 409) {
        showConflict(answer)
      } else if (res.status === 403) {
        say(words('signedOut')) // the session ended: what is typed stays on the page
      } else if (res.status === 422) {
        showFindings(answer.findings || [])
        say(words('refused'))
      } else {
        say(words('notSaved'))
      }
    }).catch(() => say(words('notSaved'))).finally(() => { if (inflight === sent) inflight = null })
    inflight = sent
    return sent
  }

  function changed () {
    if (stopped) return
    changes++
    if (changeCount) changeCount.value = String(changes)
    if (!firstUnsaved) firstUnsaved = Date.now()
    clearTimeout(checkTimer)
    checkTimer = setTimeout(check, 400)
    clearTimeout(saveTimer)
    // A few seconds after the last change, and at least every 20 seconds while typing goes on.
    const wait = Date.now() - firstUnsaved > 20000 ? 0 : 2500
    saveTimer = setTimeout(() => save(false), wait)
  }

  form.addEventListener('input', changed)
  form.addEventListener('change', changed)

  form.addEventListener('submit', event => {
    clearTimeout(saveTimer)
    clearTimeout(checkTimer)
    if (inflight) {
      // Post after the save under way, with the version it returns.
      event.preventDefault()
      const submitter = event.submitter
      inflight.finally(() => form.requestSubmit(submitter))
      return
    }
    submitting = true
  })

  const leaving = () => { if (!submitting) save(true) }
  window.addEventListener('pagehide', leaving)
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') leaving() })
}
