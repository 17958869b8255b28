// Passkeys for the staff console, through Spring Security's WebAuthn endpoints (as its own
// spring-security-webauthn.js does, which needs an inline script the Content-Security-Policy
// does not allow). A form marked data-passkey="register" adds a passkey, one marked
// data-passkey="authenticate" signs in with one. Their buttons stay hidden where this script
// does not run or the browser has no passkeys; the pages say so and offer recovery codes.
(function () {
  'use strict';

  function decode(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function encode(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return btoa(binary).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function post(form, url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = form.querySelector('input[name="_csrf"]');
    if (token) {
      headers[form.dataset.csrfHeader] = token.value;
    }
    return fetch(url, {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin',
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function showError(form, message) {
    var box = document.getElementById(form.dataset.error);
    box.textContent = message;
    box.hidden = false;
    box.focus();
  }

  function clearError(form) {
    var box = document.getElementById(form.dataset.error);
    box.hidden = true;
    box.textContent = '';
  }

  function register(form) {
    var name = form.querySelector('input[name="passkey-name"]');
    var label = name.value.trim();
    if (label === '' || label.length > 60) {
      name.setAttribute('aria-invalid', 'true');
      showError(form, form.dataset.messageName);
      return Promise.resolve();
    }
    name.removeAttribute('aria-invalid');
    return post(form, form.dataset.options).then(function (options) {
      options.user.id = decode(options.user.id);
      options.challenge = decode(options.challenge);
      options.excludeCredentials = (options.excludeCredentials || []).map(function (credential) {
        return Object.assign({}, credential, { id: decode(credential.id) });
      });
      return navigator.credentials.create({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post(form, form.action, {
        publicKey: {
          label: label,
          credential: {
            id: credential.id,
            rawId: encode(credential.rawId),
            type: credential.type,
            response: {
              attestationObject: encode(response.attestationObject),
              clientDataJSON: encode(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          }
        }
      });
    }).then(function (result) {
      if (!result || !result.success) {
        throw new Error('Not registered');
      }
      location.href = form.dataset.next;
    });
  }

  function authenticate(form) {
    return post(form, form.dataset.options).then(function (options) {
      options.challenge = decode(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (credential) {
        return Object.assign({}, credential, { id: decode(credential.id) });
      });
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post(form, form.action, {
        id: credential.id,
        rawId: encode(credential.rawId),
        type: credential.type,
        response: {
          authenticatorData: encode(response.authenticatorData),
          clientDataJSON: encode(response.clientDataJSON),
          signature: encode(response.signature),
          userHandle: response.userHandle ? encode(response.userHandle) : undefined
        },
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (result) {
      if (!result || !result.authenticated) {
        throw new Error('Not signed in');
      }
      location.href = result.redirectUrl;
    });
  }

  document.querySelectorAll('form[data-passkey]').forEach(function (form) {
    var button = form.querySelector('button[type="submit"]');
    if (!window.PublicKeyCredential || !navigator.credentials) {
      var unsupported = document.getElementById('passkey-unsupported');
      if (unsupported) {
        unsupported.hidden = false;
      }
      return;
    }
    button.hidden = false;
    var busy = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (busy) {
        return;
      }
      busy = true;
      clearError(form);
      var ceremony = form.dataset.passkey === 'register' ? register(form) : authenticate(form);
      ceremony.catch(function () {
        showError(form, form.dataset.messageFailed);
      }).then(function () {
        busy = false;
      });
    });
  });
})();
