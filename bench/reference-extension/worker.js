// Needed only so the bench can call chrome.action.openPopup() from a worker, as for the extension.
