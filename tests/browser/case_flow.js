// Signs in, imports a case file through the dashboard's file upload, opens the case's page and
// downloads its case JSON; axe-core on each page.
'use strict'
const fs = require('fs')
const { base, run, checkAccessibility, screenshot, expect } = require('./lib')

const caseFile = process.env.COREGROUP_CASE_FILE
const reference = JSON.parse(fs.readFileSync(caseFile, 'utf8')).case_reference

run(async page => {
  await page.goto(base + '/login', { waitUntil: 'networkidle0' })
  await page.type('#username', process.env.COREGROUP_USER)
  await page.type('#password', process.env.COREGROUP_PASSWORD)
  await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button[type=submit]')])

  // Importing nothing is explained beside the file field.
  await Promise.all([page.waitForNavigation(), page.click('form[action="/cases/import"] button[type=submit]')])
  const problem = await page.$eval('.govuk-error-summary', e => e.textContent)
  expect(problem.includes('Choose a case file to import'), 'an empty import is explained: ' + problem)
  await checkAccessibility(page, 'import with an error')

  const input = await page.$('#case-file')
  await input.uploadFile(caseFile)
  await Promise.all([page.waitForNavigation(), page.click('form[action="/cases/import"] button[type=submit]')])
  expect(page.url() === base + '/case?ref=' + encodeURIComponent(reference), 'the case page opens, not ' + page.url())
  const h1 = await page.$eval('h1', e => e.textContent)
  expect(h1 === reference, 'the case page names the case: ' + h1)
  await checkAccessibility(page, 'case')
  await screenshot(page, 'case')

  const link = await page.$eval('table a', a => a.getAttribute('href'))
  const exported = await page.evaluate(async href => (await fetch(href)).text(), link)
  expect(JSON.parse(exported).case_reference === reference, 'the exported case JSON is the case')

  await page.goto(base + '/', { waitUntil: 'networkidle0' })
  const listed = await page.$$eval('table a', as => as.map(a => a.textContent))
  expect(listed.includes(reference), 'the dashboard lists the case: ' + listed.join(', '))
  await checkAccessibility(page, 'dashboard with a case')
  await screenshot(page, 'dashboard')
})
