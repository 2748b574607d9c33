// Drives npm `unisender` 1.1.1, unchanged, against the base URL given as the first argument.
// The package has no base-URL option: its one constant is `url` in src/config/defaults.js,
// read on every call, so setting it on the module object is what a user pointing the package
// elsewhere does. Prints one JSON object: each call's resolved reply, or the reply it
// rejected with (the package rejects any reply whose `result` is falsy).
'use strict';

const defaults = require('unisender/src/config/defaults');
defaults.url = process.argv[2];
const UniSender = require('unisender');

const unisender = new UniSender({ api_key: process.argv[3], lang: 'en' });
const replies = {};

async function call(name, options) {
  try {
    replies[name] = { resolved: await unisender[name](options) };
  } catch (rejected) {
    replies[name] = { rejected: rejected instanceof Error ? String(rejected) : rejected };
  }
  return replies[name].resolved ? replies[name].resolved.result : undefined;
}

(async () => {
  await call('getLists');
  const list = await call('createList', { title: 'npm flow' });
  const listId = list ? list.id : 0;
  await call('subscribe', {
    list_ids: String(listId),
    fields: { phone: '+79031234567', Name: 'Ann Lee' },
    double_optin: 3,
  });
  await call('importContacts', {
    field_names: ['phone', 'Name', 'phone_list_ids'],
    data: [
      { phone: '+79031234568', Name: 'Bob', phone_list_ids: String(listId) },
      { phone: '+79031234569', Name: 'Cleo', phone_list_ids: String(listId) },
    ],
  });
  await call('exportContacts', {
    list_id: listId, field_names: ['phone', 'Name'], offset: 0, limit: 100,
  });
  const message = await call('createSmsMessage', {
    sender: 'smsgate', body: 'Hello from npm', list_id: listId,
  });
  const campaign = await call('createCampaign', { message_id: message ? message.message_id : 0 });
  const sms = await call('sendSms', { phone: '79031234599', sender: 'smsgate', text: 'Code 1234' });
  await call('checkSms', { sms_id: sms ? sms.sms_id : '' });
  await call('getCampaignStatus', { campaign_id: campaign ? campaign.campaign_id : 0 });
  process.stdout.write(JSON.stringify(replies));
})();
