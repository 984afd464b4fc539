package org.partnernetwork.vocational;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VocationalServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(VocationalServiceApplication.class, args);
	}

}
