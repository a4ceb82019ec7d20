document.body.append('ok');
