# CPython's email package: parsing headers and addresses, encoded words, building a
# multipart message with an attachment and reading it back, MIME classes, make_msgid.
import email, email.utils, email.policy
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import Parser, BytesParser
from email.header import decode_header, Header
raw = """From: Ada <ada@example.com>
To: bob@example.com, "Cy D" <cy@example.org>
Subject: =?utf-8?q?Caf=C3=A9_notes?=
Date: Mon, 07 Dec 2026 13:05:00 +0100
Content-Type: text/plain; charset="utf-8"

Hello there.
"""
m = email.message_from_string(raw)
print(m['From'], email.utils.parseaddr(m['From']), email.utils.getaddresses([m['To']]))
print(decode_header(m['Subject']), m.get_content_type(), m.get_payload().strip())
print(email.utils.parsedate_to_datetime(m['Date']), email.utils.formatdate(0, usegmt=True))
msg = EmailMessage()
msg['Subject'] = 'Report é'
msg['From'] = 'a@b.c'
msg['To'] = 'd@e.f'
msg.set_content('Body text\n')
msg.add_attachment(b'\x00\x01', maintype='application', subtype='octet-stream', filename='x.bin')
s = msg.as_string()
print(s.count('Content-Type'), 'x.bin' in s, msg.is_multipart(), [p.get_content_type() for p in msg.iter_parts()])
back = email.message_from_string(s, policy=email.policy.default)
print(back['subject'], back.get_body(preferencelist=('plain',)).get_content(), [a.get_filename() for a in back.iter_attachments()])
mm = MIMEMultipart('alternative'); mm.attach(MIMEText('plain', 'plain')); mm.attach(MIMEText('<b>h</b>', 'html'))
print(len(mm.get_payload()), mm.get_content_type(), str(Header('héllo', 'utf-8')))
print(email.utils.make_msgid(domain='example.com').endswith('@example.com>'), email.utils.make_msgid().endswith('@localhost>'))
print(BytesParser(policy=email.policy.default).parsebytes(raw.encode())['to'].addresses[1].display_name)
