// Signs in with a wrong password and then the right one, checks the pages are styled and
// scripted under the Content-Security-Policy, runs axe-core on each, and signs out.
'use strict'
const { base, run, checkAccessibility, screenshot, expect } = require('./lib')

const user = process.env.COREGROUP_USER
const password = process.env.COREGROUP_PASSWORD

run(async page => {
  await page.goto(base + '/', { waitUntil: 'networkidle0' })
  expect(page.url() === base + '/login', 'an anonymous visit goes to the sign-in page, not ' + page.url())
  await checkAccessibility(page, 'sign in')

  await page.type('#username', user)
  await page.type('#password', 'not-the-password')
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')])
  const summary = await page.$eval('.govuk-error-summary', e => e.textContent)
  expect(summary.includes('Enter a correct username and password'), 'a wrong password is explained: ' + summary)
  await checkAccessibility(page, 'sign in with an error')

  await page.type('#password', password)
  await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button[type=submit]')])
  expect(page.url() === base + '/', 'signed in, the dashboard opens, not ' + page.url())
  const h1 = await page.$eval('h1', e => e.textContent)
  expect(h1 === 'Your cases', 'the dashboard heading, not ' + h1)

  // GOV.UK Frontend's JavaScript ran (it marks the body) and its CSS applies, in our typeface.
  const supported = await page.$eval('body', b => b.classList.contains('govuk-frontend-supported'))
  expect(supported, 'GOV.UK Frontend JavaScript did not start')
  const font = await page.$eval('h1', e => getComputedStyle(e).fontFamily)
  expect(/^"?Liberation Sans/.test(font), 'the heading font is ' + font)
  const header = await page.$eval('.govuk-header', e => getComputedStyle(e).backgroundColor)
  expect(header === 'rgb(11, 12, 12)', 'GOV.UK header styles apply: ' + header)
  const cookies = await page.cookies()
  const session = cookies.find(c => c.name === 'cg_session')
  expect(session && session.httpOnly && session.sameSite === 'Strict', 'the session cookie is HttpOnly and SameSite=Strict')
  expect(await page.evaluate(() => document.cookie) === '', 'scripts cannot read the session cookie')
  await checkAccessibility(page, 'dashboard')
  await screenshot(page, 'dashboard')

  await Promise.all([page.waitForNavigation(), page.click('.cg-header__signout button')])
  expect(page.url() === base + '/login', 'signing out goes back to the sign-in page')
  await page.goto(base + '/', { waitUntil: 'networkidle0' })
  expect(page.url() === base + '/login', 'after signing out the dashboard needs a new sign-in')
})
