package org.providernetwork.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Sends mail through Jakarta Mail to the SMTP server of {@code portal.mail.*}. Without a host, mail is off:
 * each message is written to the log instead (the embedded default). The delivery id is the mail's
 * Message-ID and an {@code X-Portal-Delivery} header, so a repeated delivery can be recognised.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    private NotificationSettings settings;

    public void send(String deliveryId, String to, NotificationText.Mail mail) throws MessagingException {
        if (settings.mailHost().isEmpty()) {
            LOG.info(() -> "Mail is off (no portal.mail.host); would send to " + to + ": " + mail.subject());
            return;
        }
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.mailHost().get());
        p.put("mail.smtp.port", Integer.toString(settings.mailPort()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        p.put("mail.smtp.starttls.enable", Boolean.toString(settings.mailStartTls()));
        p.put("mail.smtp.starttls.required", Boolean.toString(settings.mailStartTls()));
        Authenticator auth = null;
        if (settings.mailUser().isPresent()) {
            p.put("mail.smtp.auth", "true");
            String user = settings.mailUser().get();
            String password = settings.mailPassword().orElse("");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        Session session = Session.getInstance(p, auth);
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + deliveryId + "@portal.notifications>");
            }
        };
        message.setFrom(new InternetAddress(settings.mailFrom()));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setHeader("X-Portal-Delivery", deliveryId);
        Transport.send(message);
    }
}
