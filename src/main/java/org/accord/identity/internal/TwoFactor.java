package org.accord.identity.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.commons.codec.binary.Base32;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** TOTP (RFC 6238) second factor and single-use recovery codes. */
@Component
class TwoFactor {

	static final Duration STEP = Duration.ofSeconds(30);

	private static final int RECOVERY_CODES = 10;

	private final SecureRandom random = new SecureRandom();

	private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP, 6);

	private final UserAccounts users;

	private final JdbcClient jdbc;

	private final Clock clock;

	TwoFactor(UserAccounts users, JdbcClient jdbc, Clock clock) {
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String newSecret() {
		byte[] bytes = new byte[20];
		random.nextBytes(bytes);
		return new Base32().encodeAsString(bytes).replace("=", "");
	}

	String otpauthUri(String secret, String username) {
		String label = URLEncoder.encode("Accord:" + username, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Accord&algorithm=SHA1&digits=6&period=30";
	}

	String qrCodeDataUri(String content) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 240, 240);
			BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
			for (int x = 0; x < matrix.getWidth(); x++) {
				for (int y = 0; y < matrix.getHeight(); y++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException | IOException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}

	/** The time step a code matches (allowing one step of clock drift either way), or -1. */
	long matchingStep(String secret, String code) {
		String digits = code == null ? "" : code.replaceAll("\\s", "");
		if (!digits.matches("\\d{6}")) {
			return -1;
		}
		try {
			var key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
			long now = clock.instant().getEpochSecond() / STEP.toSeconds();
			for (long step = now - 1; step <= now + 1; step++) {
				String expected = String.format(Locale.ROOT, "%06d",
						totp.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.toSeconds())));
				if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
						digits.getBytes(StandardCharsets.US_ASCII))) {
					return step;
				}
			}
			return -1;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("TOTP is unavailable", ex);
		}
	}

	/** A code for the current step; used by tests and nowhere in the sign-in path. */
	String currentCode(String secret) {
		try {
			var key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
			return String.format(Locale.ROOT, "%06d", totp.generateOneTimePassword(key, clock.instant()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Checks a TOTP code (once per time step) or an unused recovery code, which is then spent. */
	@Transactional
	boolean verify(UserAccount user, String code) {
		if (!user.totpEnabled() || code == null) {
			return false;
		}
		long step = matchingStep(user.totpSecret(), code);
		if (step >= 0) {
			return users.claimTotpStep(user.id(), step);
		}
		String normalised = code.trim().toLowerCase(Locale.ROOT).replace(" ", "");
		if (normalised.matches("[a-z2-7]{5}-[a-z2-7]{5}")) {
			return jdbc.sql("update recovery_code set used_at = now() where user_id = ? and code_hash = ? and used_at is null")
				.params(user.id(), hash(normalised)).update() == 1;
		}
		return false;
	}

	@Transactional
	boolean enrol(UserAccount user, String secret, String code) {
		long step = matchingStep(secret, code);
		if (step < 0) {
			return false;
		}
		users.enableTotp(user.id(), secret, step);
		return true;
	}

	/** Replaces the user's recovery codes; the plain codes are shown once and never stored. */
	@Transactional
	List<String> newRecoveryCodes(UUID userId) {
		jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
		Base32 base32 = new Base32();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			byte[] bytes = new byte[7];
			random.nextBytes(bytes);
			String raw = base32.encodeAsString(bytes).toLowerCase(Locale.ROOT).substring(0, 10);
			String code = raw.substring(0, 5) + "-" + raw.substring(5);
			jdbc.sql("insert into recovery_code (id, user_id, code_hash) values (?, ?, ?)")
				.params(UUID.randomUUID(), userId, hash(code)).update();
			codes.add(code);
		}
		return codes;
	}

	int unusedRecoveryCodes(UUID userId) {
		return jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null").param(userId)
			.query(Integer.class).single();
	}

	static String hash(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
