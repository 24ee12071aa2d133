// Configuration of Camunda's Tasklist webapp (it replaces the webjar's scripts/config.js).
export default {
  // the support desk's workspace: live appeal tab, queue cards, deadline order, numbers after a start
  // (scripts/workspace/, see README "Working in Tasklist")
  customScripts: ['scripts/workspace/workspace'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
