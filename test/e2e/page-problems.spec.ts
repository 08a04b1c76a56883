import { expect, test } from './fixtures';

/**
 * The fixture that fails a test on errors in its pages can itself fail: it catches an uncaught
 * error and a console error, in the first page and in a page opened later, and a test that lets
 * one pass unexpected fails.
 */
test.use({ cameraVideo: 'none' });

/** Throw from a timer, so the error is uncaught (not handed back to page.evaluate). */
const throwUncaught = (message: string) =>
  setTimeout(() => {
    throw new Error(message);
  });

test('collects uncaught and console errors from every page of the context', async ({
  page,
  pageProblems,
}) => {
  await page.setContent('<p>first page</p>');
  await page.evaluate(throwUncaught, 'thrown in the first page');
  await page.evaluate(() => console.error('logged in the first page'));
  const popup = await page.context().newPage();
  await popup.setContent('<p>a page opened later</p>');
  await popup.evaluate(throwUncaught, 'thrown in the second page');
  await popup.evaluate(() => console.error('logged in the second page'));
  // Logs that are not errors are no problem.
  await popup.evaluate(() => console.warn('a warning'));

  await expect
    .poll(() => pageProblems.all().map(({ kind, text }) => `${kind}: ${text}`))
    .toEqual(
      expect.arrayContaining([
        'uncaught error: thrown in the first page',
        'console error: logged in the first page',
        'uncaught error: thrown in the second page',
        'console error: logged in the second page',
      ]),
    );
  expect(pageProblems.all()).toHaveLength(4);
  expect(pageProblems.failures()).toHaveLength(4);

  // Declared, they no longer fail the test: which is also what lets this test pass.
  pageProblems.expect(/in the (first|second) page$/, 'this test logs them on purpose');
  expect(pageProblems.failures()).toEqual([]);
});

test('an expected error that never comes is a failure', async ({ pageProblems }) => {
  pageProblems.expect(/camera denied/, 'a test that expects it');
  expect(pageProblems.failures()).toEqual([
    'expected error /camera denied/ never came (a test that expects it)',
  ]);
  pageProblems.record({ kind: 'console error', text: 'camera denied', where: 'test' });
  expect(pageProblems.failures()).toEqual([]);
});

test.describe('the teardown', () => {
  // These tests must fail, in the fixture's teardown: should they pass, the fixture is broken.
  test.fail();

  test('fails a test whose page throws', async ({ page }) => {
    await page.setContent('<p>a page</p>');
    await page.evaluate(throwUncaught, 'nobody expects this');
    await page.waitForEvent('pageerror');
  });

  test('fails a test whose page logs an error', async ({ page }) => {
    await page.setContent('<p>a page</p>');
    await Promise.all([
      page.waitForEvent('console'),
      page.evaluate(() => console.error('nobody expects this either')),
    ]);
  });
});
