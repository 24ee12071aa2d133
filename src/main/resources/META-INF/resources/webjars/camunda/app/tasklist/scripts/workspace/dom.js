// Building the workspace's elements. Text from the API only ever goes in as text nodes, so no
// message or file name can inject markup.

/**
 * el('div', {class: 'x', title: '…', dataset: {...}, on: {click: fn}}, child, 'text', [children]).
 * Attributes with null or false are left out.
 */
export function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  const attrs = attributes || {};
  Object.keys(attrs).forEach((name) => {
    const value = attrs[name];
    if (value == null || value === false) {
      return;
    }
    if (name === 'class') {
      element.className = value;
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name === 'on') {
      Object.keys(value).forEach((event) => element.addEventListener(event, value[event]));
    } else if (name === 'value') {
      element.value = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  append(element, children);
  return element;
}

function append(element, children) {
  children.forEach((child) => {
    if (child == null || child === false) {
      return;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else if (child instanceof Node) {
      element.appendChild(child);
    } else {
      element.appendChild(document.createTextNode(String(child)));
    }
  });
}

export function clear(element) {
  while (element.firstChild) {
    element.removeChild(element.firstChild);
  }
  return element;
}
