// jsdom lays nothing out, so a virtualised list would measure 0 px and draw no rows. Give
// elements a size, as a browser window would, so the lists render what a user would see.
export function giveElementsASize(width = 1200, height = 800): void {
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', {
    configurable: true,
    get: () => width,
  });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get: () => height,
  });
  Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => width });
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get: () => height,
  });
  HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
}
