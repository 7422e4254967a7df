// The signature pad of the signing page: a canvas drawn on with pointer events (a finger, a
// stylus, a mouse), cleared with its button, and sent with the form as a PNG data URL in the
// hidden field "signature". Without this file the pad stays hidden and the form takes a PNG file.
const form = document.getElementById('sign-form')
const box = document.getElementById('signature-pad-box')
const canvas = document.getElementById('signature-pad')

if (form && box && canvas) {
  box.hidden = false
  const data = document.getElementById('signature-data')
  const file = document.getElementById('signature-file')
  const context = canvas.getContext('2d')
  let drawn = false
  let last = null

  // The canvas has as many pixels as the screen shows of it, so strokes are sharp on a tablet.
  function fit () {
    const ratio = window.devicePixelRatio || 1
    const rect = canvas.getBoundingClientRect()
    canvas.width = Math.max(1, Math.round(rect.width * ratio))
    canvas.height = Math.max(1, Math.round(rect.height * ratio))
    context.setTransform(ratio, 0, 0, ratio, 0, 0)
    context.lineCap = 'round'
    context.lineJoin = 'round'
    context.strokeStyle = '#0b0c0c'
    drawn = false
  }

  const at = event => {
    const rect = canvas.getBoundingClientRect()
    return { x: event.clientX - rect.left, y: event.clientY - rect.top, pressure: event.pressure }
  }
  // A pen presses harder for a thicker line; a finger and a mouse draw at one width.
  const width = (event, point) => event.pointerType === 'pen' && point.pressure > 0 ? 1.5 + point.pressure * 3 : 2.5

  function stroke (event, point) {
    context.lineWidth = width(event, point)
    context.beginPath()
    context.moveTo(last.x, last.y)
    context.lineTo(point.x, point.y)
    context.stroke()
    last = point
    drawn = true
  }

  canvas.addEventListener('pointerdown', event => {
    event.preventDefault()
    canvas.setPointerCapture(event.pointerId)
    last = at(event)
    stroke(event, { x: last.x + 0.1, y: last.y + 0.1, pressure: last.pressure }) // a dot for a tap
  })
  canvas.addEventListener('pointermove', event => {
    if (!last) return
    event.preventDefault()
    const events = event.getCoalescedEvents ? event.getCoalescedEvents() : []
    for (const e of events.length ? events : [event]) stroke(e, at(e))
  })
  const end = () => { last = null }
  canvas.addEventListener('pointerup', end)
  canvas.addEventListener('pointercancel', end)

  document.getElementById('signature-clear').addEventListener('click', () => {
    context.clearRect(0, 0, canvas.width, canvas.height)
    drawn = false
    data.value = ''
  })

  form.addEventListener('submit', event => {
    if (drawn) {
      data.value = canvas.toDataURL('image/png')
      return
    }
    data.value = ''
    if (file && file.files.length) return
    event.preventDefault()
    let message = document.getElementById('signature-error')
    if (!message) {
      message = document.createElement('p')
      message.id = 'signature-error'
      message.className = 'govuk-error-message'
      const hint = document.getElementById('signature-hint')
      hint.after(message)
      hint.closest('fieldset').setAttribute('aria-describedby', 'signature-hint signature-error')
      document.getElementById('signature').classList.add('govuk-form-group--error')
    }
    message.textContent = ''
    const hidden = document.createElement('span')
    hidden.className = 'govuk-visually-hidden'
    hidden.textContent = 'Error: '
    message.append(hidden, form.dataset.empty)
    box.scrollIntoView({ block: 'center' })
  })

  fit()
  let width0 = canvas.getBoundingClientRect().width
  window.addEventListener('resize', () => {
    // A tablet turned round: the pad is redrawn empty only when its size changed and nothing is drawn.
    const now = canvas.getBoundingClientRect().width
    if (now !== width0 && !drawn) fit()
    width0 = now
  })
}
