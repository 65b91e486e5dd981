package se.vendorscreening.scheduling.internal;

import org.springframework.stereotype.Component;
import se.vendorscreening.scheduling.ContractContacts;

/** {@link ContractContacts} from the contacts file of the scheduling settings. */
@Component
class ContactsFile implements ContractContacts {

  private final SchedulingProperties properties;

  ContactsFile(SchedulingProperties properties) {
    this.properties = properties;
  }

  @Override
  public Directory read() {
    return ContactDirectory.read(properties.contactsFile());
  }
}
